#pragma once

#include <QCoreApplication>
#include <QGraphicsItem>
#include <QList>
#include <QPainterPath>
#include <QTransform>

namespace mq::client {

struct SeatMapData;

// What is around the seats: the stage, cinema screen or field at the focus, or for aircraft and
// railway cars the fuselage (nose, wings, tail) or the car body (windows, doors) they sit in.
class VenueBackdropItem : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(mq::client::VenueBackdropItem)
public:
    explicit VenueBackdropItem(const SeatMapData *data, QGraphicsItem *parent = nullptr);

    // Recomputes the shapes from the data's layout.
    void rebuild();
    // The part of the backdrop a "fit to view" should include besides the seats.
    QRectF essentialRect() const { return m_essential; }

    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void buildAircraft(const QTransform &toScene, double across, double length);
    void buildTrain(const QTransform &toScene, double across, double length);
    void buildStage(const QTransform &toScene, double across);
    void buildScreen(const QTransform &toScene, double across);
    void buildField();
    QString focusText() const;

    const SeatMapData *m_data;
    QRectF m_bounds;
    QRectF m_essential;
    QPainterPath m_body;  // fuselage or car
    QPainterPath m_wings; // wings and tailplane, under the fuselage
    QPainterPath m_engines;
    QPainterPath m_details; // windows, doors, cockpit glass
    QPainterPath m_stage;   // stage or field
    QPainterPath m_screenLine;
    QPainterPath m_beam; // the cinema screen's light
    QList<QLineF> m_fieldLines;
    QPointF m_labelPos;
    double m_labelHeight = 0;
    QColor m_labelColor;
};

} // namespace mq::client
