// The rest of the v1 surface, and what real apps rely on beyond the documentation.
'use strict';
var self = this;
cb.log('loaded; this is the global object: ' + (self === globalThis));

const VIPS = ['alice', 'bob', 'carol'];
class Counter {
  constructor() { this.n = 0; }
  add(...xs) { xs.forEach((x) => { this.n += x; }); return this.n; }
}
const counter = new Counter();

// wrap cb.onMessage, as frameworks of v1 apps do, and add a member to cb
const originalOnMessage = cb.onMessage;
cb.onMessage = function (handler) {
  originalOnMessage(function (msg) {
    counter.add(1);
    return handler(msg);
  });
};
cb.helperVersion = '1.0';
cb.settings.extra = 'written by the app';

var cancelled = setTimeout(function () { cb.sendNotice('this never fires'); }, 60000);
clearTimeout(cancelled);

cb.tipOptions(function (user) {
  return { options: [{ label: 'song request' }, { label: 'dance' }], label: 'Pick one:' };
});

cb.onMessage(function (msg) {
  var words = msg.m.split(' ');
  switch (words[0]) {
    case '!contains': cb.sendNotice('contains ' + cbjs.arrayContains(VIPS, words[1])); break;
    case '!remove': cb.sendNotice('removed ' + cbjs.arrayRemove(VIPS.slice(), words[1]).join('|')); break;
    case '!join': cb.sendNotice('joined ' + cbjs.arrayJoin(VIPS, '+')); break;
    case '!owner': cb.getRoomOwnerData(function (r) { cb.sendNotice('owner ' + r.success + ' ' + r.data.user); }); break;
    case '!users': cb.getRoomUsersData(function (r) {
      cb.sendNotice('users red=' + r.data.red.join(',') + ' green=' + r.data.green.join(',') + ' grey=' + r.data.grey.join(','));
    }); break;
    case '!cam':
      cb.limitCam_start('private show', ['alice']);
      cb.limitCam_addUsers(['bob']);
      cb.limitCam_removeUsers(['alice']);
      cb.sendNotice('cam ' + cb.limitCam_isRunning() + ' ' + cb.limitCam_userHasAccess('bob') + ' '
        + cb.limitCam_userHasAccess('alice') + ' ' + cb.limitCam_allUsersWithAccess().join(','));
      break;
    case '!camstop': cb.limitCam_removeAllUsers(); cb.limitCam_stop(); cb.sendNotice('cam ' + cb.limitCam_isRunning()); break;
    case '!eval': cb.sendNotice('eval ' + eval('1 + 2')); break;
    case '!later': setTimeout(function (who) { cb.sendNotice('later for ' + who); }, 2000, msg.user); break;
    case '!cancel': var id = cb.setTimeout(function () { cb.sendNotice('cancelled one fired'); }, 2000); cb.cancelTimeout(id); break;
    case '!settings': cb.sendNotice('settings ' + cb.settings.extra + ' ' + cb.helperVersion); break;
    case '!count': cb.sendNotice('count ' + counter.n); break;
    case '!log': cb.log('x'.repeat(60000)); break;
    case '!big': cb.sendNotice('y'.repeat(60000)); break;
    case '!spread': cb.sendNotice('spread ' + Math.max(...[3, 9, 4])); break;
  }
  return msg;
});
