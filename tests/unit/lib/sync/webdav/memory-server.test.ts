import { startMemoryServer } from '../../../../support/webdav/memory-server';
import { remoteContract } from './contract';

remoteContract('webdav-server (in memory)', () => startMemoryServer());
