import { DESKTOP_TABLE_READERS } from '../readers/xlsx';
import { watchFolderWithNode } from './folder-watch-node';
import { desktopPlatformBase, type Platform } from './platform';

/** The Node extension host's platform: with the .xlsx reader and Node's folder watcher, kept in this file so that the web bundle never imports them. */
export const desktopPlatform: Platform = { ...desktopPlatformBase, tableReaders: DESKTOP_TABLE_READERS, watchFolder: watchFolderWithNode };
