import type { zhCN } from './zh-CN';

/** English words of the app shell and of web/ui; typed by the Chinese dictionary, so a missing or extra key fails the build. */
export const en: Record<keyof typeof zhCN, string> = {
  'app.name': 'Xuanwen',
  'app.subtitle': 'Publicity and cultural work platform',
  'app.tagline': 'Publicity, ideological and cultural work · record once, roll up level by level',

  'common.actions': 'Actions',
  'common.all': 'All',
  'common.backHome': 'Back to home',
  'common.cancel': 'Cancel',
  'common.confirm': 'Confirm',
  'common.copied': 'Copied',
  'common.copyFailed': 'Could not copy; select the text and copy it by hand',
  'common.create': 'Create',
  'common.edit': 'Edit',
  'common.next': 'Next',
  'common.noMatch': 'No matches',
  'common.reload': 'Reload',
  'common.reset': 'Reset',
  'common.retry': 'Retry',
  'common.save': 'Save',
  'common.saved': 'Saved',
  'common.search': 'Search',
  'common.total': '{total} in total',
  'common.openRecord': 'Open record #{id}',

  'error.forbiddenPage': 'You do not have access to this page; ask an administrator if you need it.',
  'error.network': 'Cannot reach the server; check the network and try again',
  'error.notFoundPage': 'This page does not exist.',
  'error.pageLoadFailed': 'The page failed to load, perhaps after an update; please reload',
  'error.unexpected': 'The server sent an answer that could not be read (status {status}); try again later',
  'error.unknown': 'Something went wrong; try again later',

  'layout.changePassword': 'Change password',
  'layout.demoAccount': 'Demo account',
  'layout.logout': 'Sign out',
  'layout.openMenu': 'Open menu',

  // The shell's session notices and web/ui's org picker: shell words, though their prefixes are identity's.
  'org.pick': 'Choose an org unit',
  'session.expired': 'Your session has expired; please sign in again',
  'session.signedOut': 'You have been signed out; please sign in again',
  'session.loadFailed': 'Could not check whether you are signed in',
};
