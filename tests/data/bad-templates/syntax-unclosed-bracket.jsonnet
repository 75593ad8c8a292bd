function(ctx) {
  to: [
    'a',
