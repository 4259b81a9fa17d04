// tries: exhaust memory with one call: a huge sparse array filled, a 1 GiB ArrayBuffer, a wide JSON text.
// expect: an allocation violation, or a RangeError refusing the call up front; the host JVM survives.
banter.on('chat.message', (m) => {
  if (m.body === 'array') new Array(1e9).fill(0);
  else if (m.body === 'buffer') new ArrayBuffer(2 ** 30);
  else if (m.body === 'typed') new Float64Array(2 ** 26).fill(1);
  else if (m.body === 'json') JSON.parse('[' + '1,'.repeat(2e7) + '1]');
});
