function(ctx) 42
