#include "seatmap/venueshape.h"

#include "seatmap/venuelayout.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mq::client {

VenueShape VenueShapes::detect(const VenueLayout &layout, const QString &category)
{
    const QRectF b = layout.bounds();
    const double longSide = std::max(b.width(), b.height());
    const double shortSide = std::max(std::min(b.width(), b.height()), layout.pitch());
    const bool narrow =
        layout.widestRow() <= 10 && longSide / shortSide >= 2.0 && layout.sections().size() <= 4;
    static const QRegularExpression aircraftWords(
        u"\\b(a3\\d\\d|7[0-8]7|airbus|boeing|embraer|aircraft|airplane|plane|cabin|flight)"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression trainWords(
        u"\\b(train|rail|car|coach|carriage|wagon|cr\\d+|ice|tgv)"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression cinemaWords(u"\\b(cinema|kino|screen|imax|movie)"_s,
                                                QRegularExpression::CaseInsensitiveOption);
    const QString name = layout.name();
    if (category == u"flight"_s)
        return VenueShape::Aircraft;
    if (category == u"train"_s)
        return VenueShape::Train;
    if (narrow) {
        if (name.contains(aircraftWords))
            return VenueShape::Aircraft;
        if (name.contains(trainWords))
            return VenueShape::Train;
        // Airliners have many rows; a railway car a dozen or two.
        int rows = 0;
        for (const VenueLayout::Section &s : layout.sections())
            rows += int(s.rows.size());
        return rows >= 24 ? VenueShape::Aircraft : VenueShape::Train;
    }
    if (category == u"movie"_s || name.contains(cinemaWords))
        return VenueShape::Cinema;
    const QRectF inner =
        b.adjusted(b.width() * 0.15, b.height() * 0.15, -b.width() * 0.15, -b.height() * 0.15);
    if (inner.contains(layout.focus()))
        return VenueShape::Stadium;
    return VenueShape::Hall;
}

} // namespace mq::client
