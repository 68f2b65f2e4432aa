INSERT INTO lutron_event (received_at, bridge_name, bridge_address, event_type, zone_id, level, device_id,
                          button_id, button_event, occupancy, name, area, resync, event_json)
VALUES (:#receivedAt, :#bridgeName, :#bridgeAddress, :#eventType, :#zoneId, :#level, :#deviceId,
        :#buttonId, :#buttonEvent, :#occupancy, :#name, :#area, :#resync, :#eventJson)
