function(ctx) {
  message: {
    to: [{ email: identity.traits.email }],
  },
}
