import Foundation

/// A deterministic force-directed layout (Fruchterman–Reingold) in the unit square: the same graph gives the
/// same picture on every run. Nodes start clustered by group, so that regions stay recognisable.
struct ForceLayout {
    struct Point {
        var x: Double
        var y: Double
    }

    var names: [String]
    var groups: [Int]
    var groupCount: Int
    var edges: [(from: Int, to: Int, weight: Int)]
    var iterations = 300

    func positions() -> [Point] {
        let count = names.count
        guard count > 0 else { return [] }
        var points = initialPositions()
        let k = 0.9 * (1.0 / Double(count)).squareRoot()
        let kSquared = k * k
        for iteration in 0..<iterations {
            let temperature = 0.08 * (1 - Double(iteration) / Double(iterations)) + 0.002
            var moves = [Point](repeating: Point(x: 0, y: 0), count: count)
            // The pair loop is most of a small run's time: raw buffers spare it the bounds checks, and the
            // repulsion k²/d along the unit vector (dx/d, dy/d) is (dx, dy)·k²/d², one division and no root.
            points.withUnsafeBufferPointer { points in
                moves.withUnsafeMutableBufferPointer { moves in
                    for i in 0..<count {
                        let x = points[i].x, y = points[i].y
                        var moveX = moves[i].x, moveY = moves[i].y
                        for j in (i + 1)..<count {
                            var dx = x - points[j].x, dy = y - points[j].y
                            var squared = dx * dx + dy * dy
                            if squared < 1e-8 {
                                // Coinciding nodes are pushed apart along a direction fixed by their indices.
                                dx = Double((i * 7 + j * 13) % 17 - 8) * 1e-3
                                dy = Double((i * 11 + j * 5) % 19 - 9) * 1e-3
                                squared = dx * dx + dy * dy
                            }
                            let scale = kSquared / squared
                            moveX += dx * scale
                            moveY += dy * scale
                            moves[j].x -= dx * scale
                            moves[j].y -= dy * scale
                        }
                        moves[i].x = moveX
                        moves[i].y = moveY
                    }
                }
            }
            for edge in edges {
                let dx = points[edge.from].x - points[edge.to].x, dy = points[edge.from].y - points[edge.to].y
                let distance = max((dx * dx + dy * dy).squareRoot(), 1e-4)
                let force = distance * distance / k * min(Double(edge.weight), 4).squareRoot()
                moves[edge.from].x -= dx / distance * force
                moves[edge.from].y -= dy / distance * force
                moves[edge.to].x += dx / distance * force
                moves[edge.to].y += dy / distance * force
            }
            for i in 0..<count {
                // A little gravity keeps unconnected providers from drifting to the border.
                moves[i].x -= (points[i].x - 0.5) * k * 2
                moves[i].y -= (points[i].y - 0.5) * k * 2
                let length = max((moves[i].x * moves[i].x + moves[i].y * moves[i].y).squareRoot(), 1e-9)
                let step = min(length, temperature)
                points[i].x = min(1, max(0, points[i].x + moves[i].x / length * step))
                points[i].y = min(1, max(0, points[i].y + moves[i].y / length * step))
            }
        }
        return normalised(points)
    }

    private func initialPositions() -> [Point] {
        names.enumerated().map { index, name in
            let angle = 2 * Double.pi * Double(groups[index]) / Double(max(groupCount, 1))
            let hash = Self.fnv1a(name)
            let jitterX = Double(hash & 0xFFFF) / 65535 - 0.5
            let jitterY = Double((hash >> 16) & 0xFFFF) / 65535 - 0.5
            return Point(x: 0.5 + 0.3 * cos(angle) + 0.15 * jitterX, y: 0.5 + 0.3 * sin(angle) + 0.15 * jitterY)
        }
    }

    /// Stretches the layout to fill the unit square.
    private func normalised(_ points: [Point]) -> [Point] {
        let minX = points.map(\.x).min()!, maxX = points.map(\.x).max()!
        let minY = points.map(\.y).min()!, maxY = points.map(\.y).max()!
        let width = max(maxX - minX, 1e-9), height = max(maxY - minY, 1e-9)
        return points.map { Point(x: ($0.x - minX) / width, y: ($0.y - minY) / height) }
    }

    /// A stable hash (Swift's `Hasher` is seeded per process).
    static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash
    }
}
