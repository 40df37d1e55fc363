#pragma once

#include <QString>

namespace mq::client {

class VenueLayout;

// What surrounds the seats on a map: a stage, a cinema screen, a field, an aircraft fuselage or
// a railway car. Auto guesses from the layout (long narrow layouts with short rows are cabins).
enum class VenueShape
{
    Auto,
    Hall,
    Cinema,
    Stadium,
    Aircraft,
    Train
};

class VenueShapes
{
public:
    // `category` is the event's catalog category when known ("movie", "flight", "train"…).
    static VenueShape detect(const VenueLayout &layout, const QString &category = {});
    static bool isCabin(VenueShape shape)
    {
        return shape == VenueShape::Aircraft || shape == VenueShape::Train;
    }
};

} // namespace mq::client
