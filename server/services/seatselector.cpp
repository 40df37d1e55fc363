#include "services/seatselector.h"

#include <algorithm>
#include <optional>

namespace mq::services::SeatSelector {

QList<int> bestBlock(const VenueGeometry &venue, const std::vector<char> &candidate, int quantity,
                     const std::function<bool(const QList<int> &)> &acceptable)
{
    struct Block
    {
        int first;
        double sum;
    };
    QList<Block> blocks;
    for (int r = 0; r < venue.rowCount(); ++r) {
        const VenueGeometry::Row &row = venue.row(r);
        // Walk runs of candidate seats with no aisle inside them; every window of the run is a block.
        int runStart = -1;
        for (int i = row.first; i < row.first + row.count; ++i) {
            if (!candidate[size_t(i)]) {
                runStart = -1;
                continue;
            }
            if (runStart < 0 || venue.leftOf(i) < 0)
                runStart = i;
            if (i - runStart + 1 < quantity)
                continue;
            const int first = i - quantity + 1;
            double sum = 0;
            for (int k = first; k <= i; ++k)
                sum += venue.distance(k);
            blocks.append(Block{first, sum});
        }
    }
    std::sort(blocks.begin(), blocks.end(), [](const Block &a, const Block &b) {
        return a.sum < b.sum || (a.sum == b.sum && a.first < b.first);
    });
    // Ties are judged against the best acceptable sum, so walk in order of sum, then gather
    // every acceptable block within 1e-6 of the first acceptable one.
    std::optional<double> bestAcceptable;
    QList<int> winner;
    Id winnerFirstId = 0;
    for (const Block &block : std::as_const(blocks)) {
        if (bestAcceptable && block.sum > *bestAcceptable + 1e-6)
            break;
        QList<int> seats;
        for (int k = block.first; k < block.first + quantity; ++k)
            seats.append(k);
        if (acceptable && !acceptable(seats))
            continue;
        if (!bestAcceptable)
            bestAcceptable = block.sum;
        const Id firstId = venue.seats().at(block.first).id;
        if (winner.isEmpty() || firstId < winnerFirstId) {
            winner = seats;
            winnerFirstId = firstId;
        }
    }
    return winner;
}

QList<Id> strandedBy(const VenueGeometry &venue, const std::vector<char> &free, const QList<int> &taken)
{
    auto isFree = [&](int i) { return i >= 0 && free[size_t(i)]; };
    QList<Id> stranded;
    for (int t : taken) {
        for (int n : {venue.leftOf(t), venue.rightOf(t)}) {
            if (!isFree(n))
                continue;
            if (!isFree(venue.leftOf(n)) && !isFree(venue.rightOf(n))) {
                const Id id = venue.seats().at(n).id;
                if (!stranded.contains(id))
                    stranded.append(id);
            }
        }
    }
    std::sort(stranded.begin(), stranded.end());
    return stranded;
}

} // namespace mq::services::SeatSelector
