import Foundation
import LZSim

extension CheckRunner {
    /// The world at the check's `at:` time: the clock moved forward, everything that depends on
    /// time (certificate renewal and expiry, keys pending deletion) derived anew as AWS would show it.
    func advanced(_ world: World) throws(ScenarioError) -> World {
        guard let shift = check.clock else { return world }
        var world = world
        try shift.apply(to: &world)
        return world
    }
}

extension ClockShift {
    /// Moves the world's clock to this time; a clock that would go backwards is refused at the
    /// `at:` line.
    func apply(to world: inout World) throws(ScenarioError) {
        try WorldCall.run(at: location, &world) { (world: inout World) throws(AWSError) in
            switch target {
            case .advance(let seconds): try world.advanceClock(by: seconds)
            case .date(let date): try world.setClock(to: date)
            }
        }
    }
}
