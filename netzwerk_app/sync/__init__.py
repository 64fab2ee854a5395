"""Two-way CardDAV sync (Qt-free): `carddav` speaks the protocol, `engine` reconciles cards with
contacts, `accounts` keeps accounts and conflicts."""
