"""What a Report becomes: the terminal and notebook report, pictures, exports, the graph, lookups
and assertions. Outputs read the model; no stage imports them."""
