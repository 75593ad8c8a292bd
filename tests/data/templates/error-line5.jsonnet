function(ctx) {
  message: {
    subject: 'Hello',
    to: [{
      email: ctx.identity.verifiable_addresses[0].value,
    }],
  },
}
