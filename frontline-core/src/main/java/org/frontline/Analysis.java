package org.frontline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.frontline.control.ControlInference;
import org.frontline.control.ControlMap;
import org.frontline.control.FrontGap;
import org.frontline.control.FrontGaps;
import org.frontline.fusion.Fuser;
import org.frontline.fusion.FusedEvent;
import org.frontline.fusion.ReportedEvent;

/**
 * The stages that work across articles, wired in order: fusion, then control from the fused events, then the gaps
 * between fronts. Built by {@link Frontline#analysis}; immutable and thread-safe.
 */
public record Analysis(Fuser fuser, ControlInference control, FrontGaps gaps) {
    /** Everything the cross-article stages make of a set of reports. */
    public record Picture(List<FusedEvent> fused, ControlMap control, List<FrontGap> gaps) {
        public Picture {
            fused = List.copyOf(fused);
            gaps = List.copyOf(gaps);
        }
    }

    public Analysis {
        Objects.requireNonNull(fuser);
        Objects.requireNonNull(control);
        Objects.requireNonNull(gaps);
    }

    /** Fuses the events of the extractions, then derives control and front gaps from them. */
    public Picture of(List<Extraction> extractions) {
        List<ReportedEvent> reports = new ArrayList<>();
        extractions.forEach(x -> reports.addAll(ReportedEvent.of(x)));
        return ofReports(reports);
    }

    public Picture ofReports(List<ReportedEvent> reports) {
        List<FusedEvent> fused = fuser.fuse(reports);
        ControlMap map = control.infer(fused);
        return new Picture(fused, map, gaps.measure(map, fused));
    }
}
