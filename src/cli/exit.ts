// Exit codes shared by every command: 0 all done, 1 some inputs failed (each named), 2 a usage error.
export const EXIT_OK = 0;
export const EXIT_SOME_FAILED = 1;
export const EXIT_USAGE = 2;
