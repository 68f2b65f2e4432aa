-- Standard MERGE (H2 2.x, PostgreSQL 15+). The casts type the parameters for PostgreSQL, which cannot infer
-- them in a select list. An older event (handed over out of order under load) never overwrites a newer one.
MERGE INTO zone_state AS t
USING (SELECT CAST(:#bridgeName AS VARCHAR(100))             AS bridge_name,
              CAST(:#zoneId AS INTEGER)                      AS zone_id,
              CAST(:#level AS DOUBLE PRECISION)              AS level,
              CAST(:#name AS VARCHAR(255))                   AS name,
              CAST(:#area AS VARCHAR(255))                   AS area,
              CAST(:#receivedAt AS TIMESTAMP WITH TIME ZONE) AS updated_at) AS s
ON t.bridge_name = s.bridge_name AND t.zone_id = s.zone_id
WHEN MATCHED AND t.updated_at <= s.updated_at THEN
    UPDATE SET level = s.level, name = s.name, area = s.area, updated_at = s.updated_at
WHEN NOT MATCHED THEN
    INSERT (bridge_name, zone_id, level, name, area, updated_at)
    VALUES (s.bridge_name, s.zone_id, s.level, s.name, s.area, s.updated_at)
