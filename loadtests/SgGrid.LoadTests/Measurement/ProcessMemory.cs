namespace SgGrid.LoadTests.Measurement;

/// <summary>Managed heap after a full compacting collection, and the process working set, in bytes.</summary>
internal static class ProcessMemory
{
    public static long HeapAfterFullCollection()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    public static long WorkingSet()
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        process.Refresh();
        return process.WorkingSet64;
    }

    public const double GiB = 1024.0 * 1024 * 1024;

    public const double MiB = 1024.0 * 1024;
}
