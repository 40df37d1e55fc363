#pragma once

#include <QCoreApplication>
#include <QGraphicsItem>

namespace mq::client {

struct SeatMapData;

// One section of a seat map: a single item that paints all its seats itself, only those in the
// exposed rectangle, at the level of detail the zoom allows — a coloured block with the
// section's name and free seats when zoomed out, plain squares in between, and seats with
// their state marks, labels and row numbers when zoomed in.
class SectionItem : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(mq::client::SectionItem)
public:
    // Seats smaller than this many pixels are drawn as the section's block.
    static constexpr double BlockBelowPx = 3.5;
    // Seats at least this many pixels wide are drawn in detail.
    static constexpr double DetailFromPx = 9.0;

    SectionItem(const SeatMapData *data, int section, QGraphicsItem *parent = nullptr);

    int section() const { return m_section; }
    // The second line of the zoomed-out block: "1,304 free", "not on sale", or for a venue
    // without a performance its size, "1,224 seats".
    QString caption() const;
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void paintBlock(QPainter *painter, double lod) const;
    void paintPlain(QPainter *painter, const QRectF &exposed, double lod) const;
    void paintDetail(QPainter *painter, const QRectF &exposed, double lod) const;
    void paintLabels(QPainter *painter, double lod) const;
    void paintCursor(QPainter *painter, double lod) const;
    unsigned marksOf(int seat) const;

    const SeatMapData *m_data;
    int m_section;
};

} // namespace mq::client
