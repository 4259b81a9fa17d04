// calm: a banter/1 app that tones chat down. Runs of four or more identical characters shrink to three and
// messages in capitals are lower-cased, except for the room owner and moderators. Needs no permission.
const REPEAT = /(.)\1{3,}/g;

banter.on('chat.message', (m, ctx) => {
  if (m.user.owner || m.user.moderator) return;
  let body = m.body.replace(REPEAT, '$1$1$1');
  const letters = body.replace(/[^A-Za-z]/g, '');
  if (letters.length >= ctx.settings.minLetters && letters === letters.toUpperCase()) body = body.toLowerCase();
  if (body !== m.body) ctx.modify({ body });
});
