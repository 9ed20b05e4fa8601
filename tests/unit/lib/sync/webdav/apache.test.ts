import { startApache } from '../../../../support/webdav/apache';
import { remoteContract } from './contract';

remoteContract('Apache httpd mod_dav', () => startApache());
