import { describe, expect, it } from 'vitest';
import { countNames, findCapitalisedNames } from '@/lib/page/unknown-names';

describe('names not yet in the store', () => {
  it('finds multi-word capitalised names and trims sentence openers and titles', () => {
    expect(findCapitalisedNames('On Monday Andrei Karlov spoke. The Foreign Minister Sergey Lavrov replied.'))
      .toEqual(['Andrei Karlov', 'Sergey Lavrov']);
  });

  it('keeps name particles and drops a possessive', () => {
    expect(findCapitalisedNames('Abu Bakr al-Baghdadi’s men and Hamad bin Jassim met.'))
      .toEqual(['Abu Bakr al-Baghdadi', 'Hamad bin Jassim']);
  });

  it('ignores single capitalised words', () => {
    expect(findCapitalisedNames('Karlov was shot in Ankara.')).toEqual([]);
  });

  it('counts repeated names, most frequent first', () => {
    expect([...countNames(['Mevlüt Mert Altıntaş fired.', 'Police named Mevlüt Mert Altıntaş and Andrei Karlov.'])])
      .toEqual([['Mevlüt Mert Altıntaş', 2], ['Andrei Karlov', 1]]);
  });
});

describe('names not yet in the store, on real page furniture', () => {
  it('keeps double-barrelled names whole', () => {
    expect(findCapitalisedNames('said Miriam Okafor-Smith, a researcher.')).toEqual(['Miriam Okafor-Smith']);
  });

  it('does not take labels and questions for names', () => {
    expect(findCapitalisedNames('Explainer Who will sit at the table? Name Your price.')).toEqual([]);
  });
});
