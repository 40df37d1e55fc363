#pragma once

#include "shared/domain.h"

#include <QBitArray>
#include <QImage>
#include <QString>

class QPainter;
class QRectF;

namespace mq::client {

// QR codes through libqrencode: error correction level M, the text's UTF-8 bytes in 8-bit mode.
class QrCode
{
public:
    // The symbol's modules, without a quiet zone. Empty (size 0) when the text does not fit.
    struct Matrix
    {
        int size = 0;
        QBitArray dark; // row by row, size × size

        bool isNull() const { return size == 0; }
        bool isDark(int x, int y) const { return dark.testBit(y * size + x); }
    };

    static Matrix encode(const QString &text);

    // What a ticket's QR code holds: its signed payload (`qr`, which a door checks even offline),
    // or the bare ticket code for a ticket that has none.
    static QString ticketText(const Ticket &ticket);

    // Black modules of moduleSize pixels on white, with a quiet zone; a null image when the text
    // cannot be encoded. No smoothing: scale it with Qt::FastTransformation only.
    static QImage image(const QString &text, int moduleSize = 8, int quietZoneModules = 4);
    // The same with the largest whole-pixel modules (at least minModuleSize) that keep the image
    // within about `side` pixels: a long signed payload gets a denser symbol, not a bigger one.
    static QImage imageWithin(const QString &text, int side, int minModuleSize, int quietZoneModules = 4);

    // Paints the symbol as vector shapes, centred in the largest square that fits `target`
    // (which should already leave room for the quiet zone). Crisp at any resolution, on paper and
    // in PDF files. Returns false when the text cannot be encoded.
    static bool paint(QPainter *painter, const QRectF &target, const QString &text);
};

} // namespace mq::client
