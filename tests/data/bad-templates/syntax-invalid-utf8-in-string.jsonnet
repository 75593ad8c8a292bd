function(ctx) {
  message: {
    subject: 'Café menu',
  },
}
