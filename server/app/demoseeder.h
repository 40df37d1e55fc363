#pragma once

namespace mq::storage {
class Database;
}

namespace mq::app {

// Seeds a realistic catalog once, so a new user sees something real: a cinema with showings,
// concerts, an exhibition with time slots, a flight and a train, each with several ticket types;
// the cinema, the concert hall, the stadium, the aircraft and the train on real seat maps.
class DemoSeeder
{
public:
    // Returns false when the catalog already had events (nothing is added then).
    static bool seed(storage::Database &db);
};

} // namespace mq::app
