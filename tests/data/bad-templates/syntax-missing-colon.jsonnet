function(ctx) {
  message {
    subject: 'x',
  },
}
