"""The channels residents and officers write on; each brings its routes and its deliverer."""
