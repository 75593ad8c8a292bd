function(ctx) {
  message: {
    to: [
      { email: ctx.identity.verifiable_addresses[3].value },
    ],
  },
}
