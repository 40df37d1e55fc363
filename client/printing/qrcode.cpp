#include "printing/qrcode.h"

#include <QPainter>
#include <QPainterPath>

#include <qrencode.h>

#include <memory>

namespace mq::client {

QString QrCode::ticketText(const Ticket &ticket)
{
    return ticket.qr.isEmpty() ? ticket.code : ticket.qr;
}

QrCode::Matrix QrCode::encode(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    if (utf8.isEmpty() || utf8.contains('\0'))
        return {};
    // version 0: the smallest symbol that holds the data; case-sensitive 8-bit data.
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!code || code->width <= 0)
        return {};
    Matrix matrix;
    matrix.size = code->width;
    matrix.dark.resize(matrix.size * matrix.size);
    for (int i = 0; i < matrix.size * matrix.size; ++i) {
        // Bit 0 of each byte is the module's colour; the other bits describe its function.
        if (code->data[i] & 1)
            matrix.dark.setBit(i);
    }
    return matrix;
}

QImage QrCode::imageWithin(const QString &text, int side, int minModuleSize, int quietZoneModules)
{
    const Matrix matrix = encode(text);
    if (matrix.isNull())
        return {};
    const int modules = matrix.size + 2 * quietZoneModules;
    return image(text, qMax(minModuleSize, side / modules), quietZoneModules);
}

QImage QrCode::image(const QString &text, int moduleSize, int quietZoneModules)
{
    const Matrix matrix = encode(text);
    if (matrix.isNull() || moduleSize < 1 || quietZoneModules < 0)
        return {};
    const int side = (matrix.size + 2 * quietZoneModules) * moduleSize;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    for (int y = 0; y < matrix.size; ++y) {
        for (int x = 0; x < matrix.size; ++x) {
            if (!matrix.isDark(x, y))
                continue;
            const int left = (x + quietZoneModules) * moduleSize;
            const int top = (y + quietZoneModules) * moduleSize;
            for (int row = top; row < top + moduleSize; ++row)
                memset(image.scanLine(row) + left, 0, size_t(moduleSize));
        }
    }
    return image;
}

bool QrCode::paint(QPainter *painter, const QRectF &target, const QString &text)
{
    const Matrix matrix = encode(text);
    if (matrix.isNull())
        return false;
    const qreal side = qMin(target.width(), target.height());
    const qreal module = side / matrix.size;
    const QPointF origin(target.center().x() - side / 2, target.center().y() - side / 2);

    // One path of horizontal runs, filled once: no hairline seams between neighbouring modules.
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    for (int y = 0; y < matrix.size; ++y) {
        for (int x = 0; x < matrix.size;) {
            if (!matrix.isDark(x, y)) {
                ++x;
                continue;
            }
            int end = x;
            while (end < matrix.size && matrix.isDark(end, y))
                ++end;
            path.addRect(QRectF(origin.x() + x * module, origin.y() + y * module,
                                (end - x) * module, module));
            x = end;
        }
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->fillRect(QRectF(origin, QSizeF(side, side)), Qt::white);
    painter->fillPath(path, Qt::black);
    painter->restore();
    return true;
}

} // namespace mq::client
