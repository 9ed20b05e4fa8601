export { ICON_OFF, ICON_ON, ICON_SIZES, type IconSet } from './icons';
export { toolbarStateFor, type ToolbarState } from './state';
export { showToolbarState, toolbarTitle } from './show';
