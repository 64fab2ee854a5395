"""A small StatusNotifierWatcher for tests: the D-Bus side of a tray (KDE's StatusNotifier).

With it on the session bus, Qt treats the desktop as having a tray over D-Bus: the tray icon
registers as a StatusNotifierItem here, and the tray's messages go out as desktop
notifications (``org.freedesktop.Notifications``, served by dunst in the tests). It answers
introspection, the watcher's properties and its two Register methods, and writes each
registered item to the file given on the command line.

    python sni_watcher.py ITEMS_FILE
"""

from __future__ import annotations

import sys
from pathlib import Path

from jeepney import (
    DBusAddress,
    HeaderFields,
    MessageType,
    new_error,
    new_method_return,
    new_signal,
)
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection

NAME = "org.kde.StatusNotifierWatcher"
PATH = "/StatusNotifierWatcher"

INTROSPECTION = f"""<!DOCTYPE node PUBLIC "-//freedesktop//DTD D-BUS Object Introspection 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/introspect.dtd">
<node>
  <interface name="{NAME}">
    <method name="RegisterStatusNotifierItem"><arg name="service" type="s" direction="in"/></method>
    <method name="RegisterStatusNotifierHost"><arg name="service" type="s" direction="in"/></method>
    <property name="RegisteredStatusNotifierItems" type="as" access="read"/>
    <property name="IsStatusNotifierHostRegistered" type="b" access="read"/>
    <property name="ProtocolVersion" type="i" access="read"/>
    <signal name="StatusNotifierItemRegistered"><arg type="s"/></signal>
    <signal name="StatusNotifierItemUnregistered"><arg type="s"/></signal>
    <signal name="StatusNotifierHostRegistered"/>
  </interface>
  <interface name="org.freedesktop.DBus.Properties">
    <method name="Get"><arg type="s" direction="in"/><arg type="s" direction="in"/>
      <arg type="v" direction="out"/></method>
    <method name="GetAll"><arg type="s" direction="in"/><arg type="a{{sv}}" direction="out"/>
    </method>
  </interface>
  <interface name="org.freedesktop.DBus.Introspectable">
    <method name="Introspect"><arg type="s" direction="out"/></method>
  </interface>
</node>
"""


def main(items_file: Path) -> None:
    conn = open_dbus_connection(bus="SESSION")
    items: list[str] = []
    emitter = DBusAddress(PATH, interface=NAME)

    def properties() -> dict[str, tuple[str, object]]:
        return {
            "RegisteredStatusNotifierItems": ("as", list(items)),
            "IsStatusNotifierHostRegistered": ("b", True),
            "ProtocolVersion": ("i", 0),
        }

    conn.send_and_get_reply(message_bus.RequestName(NAME), timeout=5)
    while True:
        msg = conn.receive()
        if msg.header.message_type != MessageType.method_call:
            continue
        member = msg.header.fields.get(HeaderFields.member)
        sender = msg.header.fields.get(HeaderFields.sender, "")
        if member == "Introspect":
            conn.send(new_method_return(msg, "s", (INTROSPECTION,)))
        elif member == "Get":
            _interface, prop = msg.body
            value = properties().get(prop)
            if value is None:
                conn.send(new_error(msg, "org.freedesktop.DBus.Error.UnknownProperty"))
            else:
                conn.send(new_method_return(msg, "v", (value,)))
        elif member == "GetAll":
            conn.send(new_method_return(msg, "a{sv}", (properties(),)))
        elif member == "RegisterStatusNotifierItem":
            service = msg.body[0]
            item = service if service.startswith(":") or "." in service else sender
            items.append(f"{sender} {service}")
            items_file.write_text("\n".join(items) + "\n", encoding="utf-8")
            conn.send(new_method_return(msg))
            conn.send(new_signal(emitter, "StatusNotifierItemRegistered", "s", (item,)))
        elif member == "RegisterStatusNotifierHost":
            conn.send(new_method_return(msg))
        else:
            conn.send(new_error(msg, "org.freedesktop.DBus.Error.UnknownMethod"))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
