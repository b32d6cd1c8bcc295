"""What runs in the background of `delaktig serve`: reminder rounds and the retention purge."""
