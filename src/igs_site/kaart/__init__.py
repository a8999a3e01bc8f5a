"""The maps of Flanders and the landscape table of recognised IGS cultuur."""
