import { DESKTOP_TABLE_READERS } from '../readers/xlsx';
import { desktopPlatformBase, type Platform } from './platform';

/** The Node extension host's platform: with the .xlsx reader, kept in this file so that the web bundle never imports it. */
export const desktopPlatform: Platform = { ...desktopPlatformBase, tableReaders: DESKTOP_TABLE_READERS };
