function(ctx) 'Welcome ' + ctx.identity.traits.email
