import Foundation
import LZSim

extension CheckRunner {
    /// The world at the check's `at:` time: the clock moved forward, everything that depends on
    /// time (certificate renewal and expiry, keys pending deletion) derived anew as AWS would show it.
    func advanced(_ world: World) throws(ScenarioError) -> World {
        guard let shift = check.clock else { return world }
        var world = world
        try WorldCall.run(at: shift.location, &world) { (world: inout World) throws(AWSError) in
            switch shift.target {
            case .advance(let seconds): try world.advanceClock(by: seconds)
            case .date(let date): try world.setClock(to: date)
            }
        }
        return world
    }
}
