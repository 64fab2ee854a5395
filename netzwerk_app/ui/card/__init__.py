"""The contact card (`card.ContactCard`) and its parts: the fields, the photo, the timeline, the
Network tab, the conflict banner, and the round avatars the list, the board and the agenda share.
"""
