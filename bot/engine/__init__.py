"""The dialog engine: model, loader, the pure runner and the content linter."""
