function(ctx) {
  message: {
    subject: 'Welcome'
    text: 'Hello',
  },
}
