// tries: run forever outside the handler's own frames: a self-requeuing microtask and an endless async loop.
// expect: the deadline stops each; the flood does not leak into later invocations beyond their own deadline.
banter.on('chat.message', (m) => {
  if (m.body === 'microtasks') {
    Promise.resolve().then(function again() { Promise.resolve().then(again); });
  } else if (m.body === 'async') {
    (async () => { for (;;) await null; })();
  }
});
