// Wrong on purpose: TypeCheckTest expects tsc to report each of these against the declarations.
banter.on('tip', (tip, ctx) => {
  ctx.room.notise('thanks ' + tip.user.name);          // no such method: notice
  ctx.kv.incr('total', tip.amout);                     // no such field: amount
  ctx.moderation.mute(tip.user, '60');                 // seconds is a number
});
banter.on('chat.message', (m, ctx) => ctx.modify('lower'));   // modify takes { body }
