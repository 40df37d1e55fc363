// SeatSelector's rules on hand-made venues: best available blocks (adjacency, aisles, rows,
// distance from the focus, ties, acceptance) and the seats a hold would strand. VenueGeometry is
// read from a database, so the venues are saved in one SQLite database for the whole run.

#include "storage/seatingtesthelpers.h"
#include "storage/storagefixture.h"

#include "services/seatselector.h"
#include "services/venuegeometry.h"
#include "services/venueservice.h"
#include "storage/venuerepository.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace mq;
using namespace mq::services;
using namespace seating_test;

class TestSeatSelector : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

    void geometryFollowsTheLayout();
    void nearestBlockWins();
    void blocksStayInOneRow();
    void aislesBreakBlocks();
    void onlyCandidatesMakeBlocks();
    void wholeRowsAndTooLargeBlocks();
    void exactTiesGoToTheLowestFirstSeat();
    void sumsWithinAMillionthTie();
    void acceptanceSkipsBlocks();
    void strandedAtRowEndsAndBetweenTakenSeats();
    void strandedAtAisles();
    void strandedOnlyCountsFreeNeighbours();

private:
    struct Built
    {
        Venue venue;
        std::shared_ptr<const VenueGeometry> geometry;
    };
    Built build(const QList<RowSpec> &rows, double focusX, double focusY);
    // The venue index of each seat id.
    QList<int> indices(const Built &b, const QList<Id> &seatIds);
    QList<Id> idsOf(const Built &b, const QList<int> &indices);
    std::vector<char> all(const Built &b, char value = 1);

    StorageFixture m_fixture;
};

void TestSeatSelector::initTestCase()
{
    QVERIFY(m_fixture.open(u"seatselector"_s));
}

void TestSeatSelector::cleanupTestCase()
{
    m_fixture.close();
}

TestSeatSelector::Built TestSeatSelector::build(const QList<RowSpec> &rows, double focusX, double focusY)
{
    Built b;
    b.venue = VenueService::parseLayout(u"V"_s, toLayout({{u"S"_s, rows}}, point(focusX, focusY)));
    auto &db = m_fixture.db();
    db.write([&] { storage::VenueRepository(db).insert(b.venue, QDateTime::currentDateTimeUtc()); });
    b.geometry = db.read([&] { return VenueGeometry::of(db, b.venue.id); });
    return b;
}

QList<int> TestSeatSelector::indices(const Built &b, const QList<Id> &seatIds)
{
    QList<int> out;
    for (Id id : seatIds)
        out.append(b.geometry->indexOf(id));
    return out;
}

QList<Id> TestSeatSelector::idsOf(const Built &b, const QList<int> &list)
{
    QList<Id> out;
    for (int i : list)
        out.append(b.geometry->seats().at(i).id);
    return out;
}

std::vector<char> TestSeatSelector::all(const Built &b, char value)
{
    return std::vector<char>(size_t(b.geometry->seats().size()), value);
}

void TestSeatSelector::geometryFollowsTheLayout()
{
    RowSpec a = straightRow(u"A"_s, 4, 1);
    a.flag(2, u"aisleAfter"_s).flag(4, u"accessible"_s).flag(3, u"restrictedView"_s);
    const Built b = build({a, straightRow(u"B"_s, 3, 2, 0, 2)}, 0, 0);
    const VenueGeometry &g = *b.geometry;
    QCOMPARE(g.seats().size(), 7);
    QCOMPARE(g.rowCount(), 2);
    QCOMPARE(g.row(0).first, 0);
    QCOMPARE(g.row(0).count, 4);
    QCOMPARE(g.row(1).first, 4);
    QCOMPARE(g.row(1).count, 3);
    QCOMPARE(g.rowOf(3), 0);
    QCOMPARE(g.rowOf(4), 1);
    QCOMPARE(g.indexOf(seat(b.venue, u"B"_s, 2)), 5);
    QCOMPARE(g.indexOf(9'999'999), -1);
    QVERIFY(g.seats().at(1).aisleAfter);
    QVERIFY(g.seats().at(3).accessible);
    QVERIFY(g.seats().at(2).restrictedView);
    // Neighbours: none across the aisle, none across rows.
    QCOMPARE(g.leftOf(0), -1);
    QCOMPARE(g.rightOf(0), 1);
    QCOMPARE(g.rightOf(1), -1);
    QCOMPARE(g.leftOf(2), -1);
    QCOMPARE(g.rightOf(2), 3);
    QCOMPARE(g.rightOf(3), -1);
    QCOMPARE(g.leftOf(4), -1);
    QCOMPARE(g.rightOf(6), -1);
    // Distances from the focus (0, 0): B2 is at (2, 2).
    QCOMPARE(g.distance(0), 1.0);
    QCOMPARE(g.distance(5), std::hypot(2.0, 2.0));
    // One copy per venue.
    auto &db = m_fixture.db();
    QCOMPARE(db.read([&] { return VenueGeometry::of(db, b.venue.id); }).get(), b.geometry.get());
}

void TestSeatSelector::nearestBlockWins()
{
    // Focus in front of the middle of row A.
    const Built b = build({straightRow(u"A"_s, 6, 1), straightRow(u"B"_s, 6, 2)}, 2.5, 0);
    QCOMPARE(idsOf(b, SeatSelector::bestBlock(*b.geometry, all(b), 2)), seats(b.venue, u"A"_s, {3, 4}));
    QCOMPARE(idsOf(b, SeatSelector::bestBlock(*b.geometry, all(b), 4)), seats(b.venue, u"A"_s, {2, 3, 4, 5}));
    // With row A gone, row B's middle.
    std::vector<char> onlyB = all(b, 0);
    for (int i : indices(b, rowSeats(b.venue, u"B"_s)))
        onlyB[size_t(i)] = 1;
    QCOMPARE(idsOf(b, SeatSelector::bestBlock(*b.geometry, onlyB, 2)), seats(b.venue, u"B"_s, {3, 4}));
    // A far block of a near row loses to a near block of a farther row: A1–A2 (x 0–1, y 1)
    // against B3–B4 (x 2–3, y 2).
    std::vector<char> mixed = onlyB;
    for (int i : indices(b, seats(b.venue, u"A"_s, {1, 2})))
        mixed[size_t(i)] = 1;
    const double a12 = b.geometry->distance(0) + b.geometry->distance(1);
    const double b34 = b.geometry->distance(8) + b.geometry->distance(9);
    QVERIFY(b34 < a12);
    QCOMPARE(idsOf(b, SeatSelector::bestBlock(*b.geometry, mixed, 2)), seats(b.venue, u"B"_s, {3, 4}));
}

void TestSeatSelector::blocksStayInOneRow()
{
    // A3 and B1 follow each other in seat order but are in different rows.
    const Built b = build({straightRow(u"A"_s, 3, 1), straightRow(u"B"_s, 3, 1, 3)}, 2.5, 0);
    std::vector<char> candidate = all(b, 0);
    for (int i : indices(b, {seat(b.venue, u"A"_s, 3), seat(b.venue, u"B"_s, 1)}))
        candidate[size_t(i)] = 1;
    QVERIFY(SeatSelector::bestBlock(*b.geometry, candidate, 2).isEmpty());
    QCOMPARE(SeatSelector::bestBlock(*b.geometry, candidate, 1).size(), 1);
    // Nor does a block run on from one row into the next when everything is free (A and B are
    // mirror images about the focus: A, the lower ids, wins).
    QCOMPARE(idsOf(b, SeatSelector::bestBlock(*b.geometry, all(b), 3)), rowSeats(b.venue, u"A"_s));
    QVERIFY(SeatSelector::bestBlock(*b.geometry, all(b), 4).isEmpty());
}

void TestSeatSelector::aislesBreakBlocks()
{
    RowSpec a = straightRow(u"A"_s, 6, 1);
    a.flag(3, u"aisleAfter"_s);
    const Built b = build({a}, 2.5, 0);
    // 3–4 is nearest but spans the aisle; 2–3 and 4–5 tie, the lower ids win.
    QCOMPARE(idsOf(b, SeatSelector::bestBlock(*b.geometry, all(b), 2)), seats(b.venue, u"A"_s, {2, 3}));
    QCOMPARE(idsOf(b, SeatSelector::bestBlock(*b.geometry, all(b), 3)), seats(b.venue, u"A"_s, {1, 2, 3}));
    QVERIFY(SeatSelector::bestBlock(*b.geometry, all(b), 4).isEmpty());
}

void TestSeatSelector::onlyCandidatesMakeBlocks()
{
    const Built b = build({straightRow(u"A"_s, 7, 1)}, 3, 0);
    std::vector<char> candidate = all(b);
    candidate[3] = 0; // A4, the middle
    QCOMPARE(idsOf(b, SeatSelector::bestBlock(*b.geometry, candidate, 3)), seats(b.venue, u"A"_s, {1, 2, 3}));
    QCOMPARE(idsOf(b, SeatSelector::bestBlock(*b.geometry, candidate, 1)), seats(b.venue, u"A"_s, {3}));
    QVERIFY(SeatSelector::bestBlock(*b.geometry, candidate, 4).isEmpty());
    QVERIFY(SeatSelector::bestBlock(*b.geometry, all(b, 0), 1).isEmpty());
}

void TestSeatSelector::wholeRowsAndTooLargeBlocks()
{
    const Built b = build({straightRow(u"A"_s, 5, 1)}, 2, 0);
    QCOMPARE(idsOf(b, SeatSelector::bestBlock(*b.geometry, all(b), 5)), rowSeats(b.venue, u"A"_s));
    QVERIFY(SeatSelector::bestBlock(*b.geometry, all(b), 6).isEmpty());
    QVERIFY(SeatSelector::bestBlock(*b.geometry, all(b), 20).isEmpty());
}

void TestSeatSelector::exactTiesGoToTheLowestFirstSeat()
{
    // Two rows mirrored about the focus: B (given second, higher ids) in front, A behind.
    const Built b = build({straightRow(u"A"_s, 2, 1), straightRow(u"B"_s, 2, -1)}, 0.5, 0);
    QCOMPARE(idsOf(b, SeatSelector::bestBlock(*b.geometry, all(b), 2)), rowSeats(b.venue, u"A"_s));
    std::vector<char> onlyB = all(b);
    onlyB[0] = 0;
    QCOMPARE(idsOf(b, SeatSelector::bestBlock(*b.geometry, onlyB, 2)), rowSeats(b.venue, u"B"_s));
}

void TestSeatSelector::sumsWithinAMillionthTie()
{
    // A1 is 5e-7 farther than B1: still a tie, and A1 has the lower id.
    QList<RowSpec> rows{RowSpec{u"A"_s, {SeatSpec{u"1"_s, 10.0000005, 0, {}}}},
                        RowSpec{u"B"_s, {SeatSpec{u"1"_s, -10, 0, {}}}}};
    const Built near = build(rows, 0, 0);
    QCOMPARE(idsOf(near, SeatSelector::bestBlock(*near.geometry, all(near), 1)), seats(near.venue, u"A"_s, {1}));
    // 2e-6 farther is farther.
    rows[0].seats[0].x = 10.000002;
    const Built far = build(rows, 0, 0);
    QCOMPARE(idsOf(far, SeatSelector::bestBlock(*far.geometry, all(far), 1)), seats(far.venue, u"B"_s, {1}));
}

void TestSeatSelector::acceptanceSkipsBlocks()
{
    const Built b = build({straightRow(u"A"_s, 8, 1)}, 3.5, 0);
    const QList<int> middle = indices(b, seats(b.venue, u"A"_s, {4, 5}));
    // The best block refused: the next best, 3–4 and 5–6 tie, the lower ids win.
    auto notMiddle = [&](const QList<int> &block) { return block != middle; };
    QCOMPARE(idsOf(b, SeatSelector::bestBlock(*b.geometry, all(b), 2, notMiddle)), seats(b.venue, u"A"_s, {3, 4}));
    // Ties are judged among acceptable blocks only: with 3–4 refused too, 5–6 wins although
    // 3–4 (refused) had the same sum and a lower first seat.
    const QList<int> left = indices(b, seats(b.venue, u"A"_s, {3, 4}));
    auto neither = [&](const QList<int> &block) { return block != middle && block != left; };
    QCOMPARE(idsOf(b, SeatSelector::bestBlock(*b.geometry, all(b), 2, neither)), seats(b.venue, u"A"_s, {5, 6}));
    // The bar is the best acceptable sum, not the best sum: refusing every block near the middle
    // still finds the ends, 1–2 and 7–8 tie, 1–2 wins.
    auto ends = [&](const QList<int> &block) { return block.first() == 0 || block.last() == 7; };
    QCOMPARE(idsOf(b, SeatSelector::bestBlock(*b.geometry, all(b), 2, ends)), seats(b.venue, u"A"_s, {1, 2}));
    QVERIFY(SeatSelector::bestBlock(*b.geometry, all(b), 2, [](const QList<int> &) { return false; }).isEmpty());
}

void TestSeatSelector::strandedAtRowEndsAndBetweenTakenSeats()
{
    const Built b = build({straightRow(u"A"_s, 5, 1), straightRow(u"B"_s, 3, 2)}, 2, 0);
    const QList<Id> a = rowSeats(b.venue, u"A"_s);
    auto stranded = [&](const QList<int> &taken) {
        std::vector<char> free = all(b);
        for (int i : taken)
            free[size_t(i)] = 0;
        return SeatSelector::strandedBy(*b.geometry, free, taken);
    };
    QCOMPARE(stranded({1}), QList<Id>{a.at(0)});                  // A2: A1 alone at the end
    QVERIFY(stranded({0, 1}).isEmpty());                         // A1–A2: A3–A5 together
    QVERIFY(stranded({2}).isEmpty());                            // A3: pairs either side
    QCOMPARE(stranded({1, 3}), (QList<Id>{a.at(0), a.at(2), a.at(4)})); // A2, A4: A1, A3, A5
    QCOMPARE(stranded({3, 1}), (QList<Id>{a.at(0), a.at(2), a.at(4)})); // ascending whatever the order
    // B2 taken strands B1 and B3; A5 is not B1's neighbour although their indices follow.
    QCOMPARE(stranded({6}), (QList<Id>{seat(b.venue, u"B"_s, 1), seat(b.venue, u"B"_s, 3)}));
    QVERIFY(stranded({3, 4}).isEmpty()); // A4–A5 leave A1–A3
    // A seat stranded from both sides is named once.
    const Built trio = build({straightRow(u"T"_s, 3, 1)}, 1, 0);
    std::vector<char> free = all(trio);
    free[0] = free[2] = 0;
    QCOMPARE(SeatSelector::strandedBy(*trio.geometry, free, {0, 2}), QList<Id>{seat(trio.venue, u"T"_s, 2)});
}

void TestSeatSelector::strandedAtAisles()
{
    RowSpec a = straightRow(u"A"_s, 6, 1);
    a.flag(3, u"aisleAfter"_s);
    const Built b = build({a}, 2.5, 0);
    auto stranded = [&](const QList<int> &taken) {
        std::vector<char> free = all(b);
        for (int i : taken)
            free[size_t(i)] = 0;
        return SeatSelector::strandedBy(*b.geometry, free, taken);
    };
    QCOMPARE(stranded({0, 1}), seats(b.venue, u"A"_s, {3}));    // A3 between A2 and the aisle
    QCOMPARE(stranded({4}), seats(b.venue, u"A"_s, {4, 6}));    // A4 after the aisle, A6 at the end
    QVERIFY(stranded({2}).isEmpty());                          // A3 at the aisle leaves A1–A2
    QVERIFY(stranded({3}).isEmpty());                          // A4 leaves A5–A6, and nothing left of it
}

void TestSeatSelector::strandedOnlyCountsFreeNeighbours()
{
    const Built b = build({straightRow(u"A"_s, 5, 1)}, 2, 0);
    // A1 already taken by someone else: taking A3 leaves A2 alone — stranded; A1 itself is not
    // reported (it is not free).
    std::vector<char> free = all(b);
    free[0] = 0;
    free[2] = 0;
    QCOMPARE(SeatSelector::strandedBy(*b.geometry, free, {2}), seats(b.venue, u"A"_s, {2}));
    // A2 already alone (A1 and A3 taken): taking A5 strands A4 only, not A2.
    free = all(b);
    free[0] = free[2] = free[4] = 0;
    QCOMPARE(SeatSelector::strandedBy(*b.geometry, free, {4}), seats(b.venue, u"A"_s, {4}));
}

QTEST_GUILESS_MAIN(TestSeatSelector)
#include "tst_seatselector.moc"
