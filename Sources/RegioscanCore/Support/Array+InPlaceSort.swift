extension Array {
    /// Sorts in place without the standard sort's buffer (half the array: at 10⁶ activities 60 MB per list of
    /// learning-circle pairs, two lists at once). Introsort: quicksort on a median of three, insertion sort for
    /// short ranges, heapsort where quicksort goes too deep. Not stable, so for orders in which nothing ties.
    /// `depth` (for the tests) is how many times quicksort may split before heapsort takes over.
    mutating func sortWithoutBuffer(by less: (Element, Element) -> Bool, depth: Int? = nil) {
        withUnsafeMutableBufferPointer { elements in
            guard elements.count > 1 else { return }
            let depth = depth ?? 2 * (Int.bitWidth - elements.count.leadingZeroBitCount)
            withoutActuallyEscaping(less) { less in
                InPlaceSort(elements: elements, less: less).sort(0, elements.count - 1, depth: depth)
            }
        }
    }
}

/// The steps of `sortWithoutBuffer`, on an inclusive range `low...high`.
private struct InPlaceSort<Element> {
    let elements: UnsafeMutableBufferPointer<Element>
    let less: (Element, Element) -> Bool

    func sort(_ low: Int, _ high: Int, depth: Int) {
        var low = low, high = high, depth = depth
        while high - low >= 16 {
            guard depth > 0 else { return heapSort(low, high) }
            depth -= 1
            let split = partition(low, high)
            // The smaller side first, the larger one in this loop: the stack stays logarithmic.
            if split - low < high - split {
                sort(low, split, depth: depth)
                low = split + 1
            } else {
                sort(split + 1, high, depth: depth)
                high = split
            }
        }
        insertionSort(low, high)
    }

    /// Hoare's partition around the median of the first, middle and last element: afterwards every element of
    /// `low...split` is at most, and every one of `split + 1...high` at least, that median; `low <= split < high`.
    private func partition(_ low: Int, _ high: Int) -> Int {
        let middle = low + (high - low) / 2
        if less(elements[middle], elements[low]) { elements.swapAt(middle, low) }
        if less(elements[high], elements[low]) { elements.swapAt(high, low) }
        if less(elements[high], elements[middle]) { elements.swapAt(high, middle) }
        let pivot = elements[middle]
        var i = low - 1, j = high + 1
        while true {
            repeat { i += 1 } while less(elements[i], pivot)
            repeat { j -= 1 } while less(pivot, elements[j])
            if i >= j { return j }
            elements.swapAt(i, j)
        }
    }

    private func insertionSort(_ low: Int, _ high: Int) {
        guard low < high else { return }
        for index in (low + 1)...high {
            let element = elements[index]
            var place = index
            while place > low, less(element, elements[place - 1]) {
                elements[place] = elements[place - 1]
                place -= 1
            }
            elements[place] = element
        }
    }

    private func heapSort(_ low: Int, _ high: Int) {
        let count = high - low + 1
        for start in stride(from: count / 2 - 1, through: 0, by: -1) { siftDown(start, count, base: low) }
        for end in stride(from: count - 1, to: 0, by: -1) {
            elements.swapAt(low, low + end)
            siftDown(0, end, base: low)
        }
    }

    private func siftDown(_ start: Int, _ count: Int, base: Int) {
        var root = start
        while 2 * root + 1 < count {
            var child = 2 * root + 1
            if child + 1 < count, less(elements[base + child], elements[base + child + 1]) { child += 1 }
            guard less(elements[base + root], elements[base + child]) else { return }
            elements.swapAt(base + root, base + child)
            root = child
        }
    }
}
