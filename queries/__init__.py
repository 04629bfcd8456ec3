"""The analysts' query pack: GoogleSQL files read by transforms.query_pack (a package so the .sql
files ship with the pipeline as package data)."""
