// Placeholder so that `banter new` has a declaration file to copy until the documented declarations of the
// banter/1, cb/1 and cb/2 dialects land here (they replace this file).
declare const banter: any;
declare const cb: any;
declare const cbjs: any;
