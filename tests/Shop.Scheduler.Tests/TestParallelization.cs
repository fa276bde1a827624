// Quartz keeps its schedulers in one registry per process, by name; tests that each start a scheduler take turns.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
