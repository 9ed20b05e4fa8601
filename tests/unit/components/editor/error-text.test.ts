import { describe, expect, it } from 'vitest';
import { errorText } from '@/components/editor/error-text';

describe('error messages in the popup', () => {
  it('name the field the way the editor labels it', () => {
    expect(errorText(new Error('Bad "entity/save" request: name: The name must not be empty'))).toBe(
      'Name: The name must not be empty',
    );
    expect(
      errorText(
        'Bad "entity/save" request: facts.4.sourceUrl: must be a web address; relations.0.toId: A relation target must not be empty',
      ),
    ).toBe('Fact 5, Source URL: must be a web address; Relation 1, Target: A relation target must not be empty');
  });

  it('pass other errors through unchanged', () => {
    expect(errorText(new Error('Unknown related entity: starter:x'))).toBe('Unknown related entity: starter:x');
    expect(errorText('An entity cannot be related to itself')).toBe('An entity cannot be related to itself');
  });
});
