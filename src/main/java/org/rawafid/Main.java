package org.rawafid; public class Main { public static void main(String[] a){} }
