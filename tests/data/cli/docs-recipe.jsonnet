// The Ory docs' Mailchimp recipe pattern: assumes the identity has a verifiable address.
function(ctx) {
  message: {
    from_email: 'welcome@example.com',
    subject: 'Welcome',
    text: 'Hello',
    to: [{ email: ctx.identity.verifiable_addresses[0].value, type: 'to' }],
  },
}
